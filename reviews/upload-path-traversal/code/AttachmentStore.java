package dev.labelling.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/** Stores dataset attachments on local disk. */
public final class AttachmentStore {
  private static final Set<String> ALLOWED = Set.of("png", "jpg", "pdf", "csv");
  private static final long MAX_BYTES = 500L * 1024 * 1024;

  private final Path root;

  public AttachmentStore(Path root) {
    this.root = root;
  }

  /** Saves an upload and returns the path it was written to. */
  public Path save(String datasetId, String fileName, InputStream body) throws IOException {
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase();
    if (!ALLOWED.contains(extension)) {
      throw new IllegalArgumentException("file type not allowed: " + extension);
    }
    Path dir = root.resolve(datasetId);
    Files.createDirectories(dir);
    Path target = dir.resolve(fileName);
    if (!target.toString().startsWith(root.toString())) {
      throw new SecurityException("path escapes the attachment root");
    }

    byte[] content = body.readAllBytes();
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("file too large");
    }
    Files.write(target, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    return target;
  }

  /** Opens an attachment for download. */
  public InputStream open(String datasetId, String fileName) throws IOException {
    return Files.newInputStream(root.resolve(datasetId).resolve(fileName));
  }
}
