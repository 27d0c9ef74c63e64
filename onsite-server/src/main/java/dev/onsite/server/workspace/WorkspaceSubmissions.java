package dev.onsite.server.workspace;

import dev.onsite.judge.workspace.WorkspaceException;
import dev.onsite.judge.workspace.WorkspaceJudge;
import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.llm.Message;
import dev.onsite.server.submission.CodeDiff;
import dev.onsite.server.submission.Mode;
import dev.onsite.server.submission.SubmissionView;
import dev.onsite.server.submission.Submissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Take workspace submissions: check the changes against the package's rules, store them in the
 * judging queue (persisted before anything runs), and show what a stored one changed, file by file.
 */
@Service
class WorkspaceSubmissions {

  /** The most a stored change set may hold (the submissions table's source column). */
  static final int MAX_STORED_CHARS = 290_000;

  private final WorkspaceLibrary library;
  private final Submissions submissions;
  private final Transcripts transcripts;

  WorkspaceSubmissions(WorkspaceLibrary library, Submissions submissions, Transcripts transcripts) {
    this.library = library;
    this.submissions = submissions;
    this.transcripts = transcripts;
  }

  WorkspacePackage require(String id) {
    return library
        .find(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no workspace '" + id + "'"));
  }

  /**
   * Store the changes as a queued submission, with the assistant transcript that led to them.
   *
   * @param transcript the checked assistant conversation ({@link Transcripts#check}), or empty
   * @throws ResponseStatusException 404 for an unknown workspace; 400 for a path that escapes the
   *     tree, a deleted file the starter does not have, too many files or bytes, or no change at
   *     all on a submit; 413 (content too large) when the change set is too large to store
   */
  SubmissionView submit(
      long accountId, String id, Changes submitted, Mode mode, List<Message> transcript) {
    WorkspacePackage pkg = require(id);
    Changes changes = againstStarter(pkg, submitted);
    try {
      WorkspaceJudge.checkLimits(pkg, changes.overlay());
    } catch (WorkspaceException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    for (String path : changes.deleted()) {
      if (!pkg.tree().containsKey(path)) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST, "cannot delete '" + path + "': the starter has no such file");
      }
    }
    String json = changes.json();
    if (json.length() > MAX_STORED_CHARS) {
      throw new ResponseStatusException(
          HttpStatus.CONTENT_TOO_LARGE,
          "the changes are "
              + json.length() / 1024
              + " KiB; a server stores at most "
              + MAX_STORED_CHARS / 1024
              + " KiB a submission");
    }
    SubmissionView queued = submissions.submitItem(accountId, pkg.id(), pkg.language(), json, mode);
    if (!transcript.isEmpty()) {
      transcripts.store(queued.id(), transcript);
    }
    return queued;
  }

  /**
   * The assistant transcript stored with the author's submission; empty when it had none.
   *
   * @throws ResponseStatusException 404 when it is not theirs
   */
  List<Message> transcript(long accountId, long submissionId) {
    submissions.require(accountId, submissionId);
    return transcripts.of(submissionId);
  }

  /** Only what differs from the starter is kept: an unchanged file sent back is no change. */
  private static Changes againstStarter(WorkspacePackage pkg, Changes submitted) {
    Map<String, String> changed = new TreeMap<>();
    submitted
        .files()
        .forEach(
            (path, text) -> {
              if (path == null || text == null) {
                throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "a file needs a path and a text");
              }
              if (!pkg.tree().containsKey(path) || !starterText(pkg, path).equals(text)) {
                changed.put(path, text);
              }
            });
    return new Changes(changed, submitted.deleted());
  }

  /** One file of a submission: added, changed or deleted, with its line diff to the starter. */
  record FileChange(String path, String status, CodeDiff diff) {}

  /**
   * What the author's submission changed, file by file.
   *
   * @throws ResponseStatusException 404 when it is not theirs or not a workspace submission
   */
  List<FileChange> changes(long accountId, long submissionId) {
    SubmissionView view = submissions.require(accountId, submissionId);
    WorkspacePackage pkg =
        library
            .find(view.problemId())
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "submission " + submissionId + " is not a workspace submission"));
    Changes changes;
    try {
      changes = Changes.parse(view.source());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    List<FileChange> out = new ArrayList<>();
    changes
        .files()
        .forEach(
            (path, text) ->
                out.add(
                    new FileChange(
                        path,
                        pkg.tree().containsKey(path) ? "changed" : "added",
                        CodeDiff.between(starterText(pkg, path), text))));
    for (String path : changes.deleted()) {
      out.add(new FileChange(path, "deleted", CodeDiff.between(starterText(pkg, path), "")));
    }
    return out;
  }

  /** A starter file's text; empty for a file the starter does not have. */
  private static String starterText(WorkspacePackage pkg, String path) {
    byte[] starter = pkg.tree().get(path);
    return starter == null ? "" : new String(starter, StandardCharsets.UTF_8);
  }
}
