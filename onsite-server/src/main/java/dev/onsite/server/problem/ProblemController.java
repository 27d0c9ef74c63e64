package dev.onsite.server.problem;

import dev.onsite.judge.problem.ProblemPackage;
import dev.onsite.server.account.OnsiteUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue and problem pages. */
@Controller
class ProblemController {

  /** What a statement may show from its directory: raster images only (SVG can carry scripts). */
  private static final java.util.Set<String> IMAGE_EXTENSIONS =
      java.util.Set.of("png", "jpg", "jpeg", "gif", "webp");

  private final Catalogue catalogue;
  private final ProblemLibrary library;

  ProblemController(Catalogue catalogue, ProblemLibrary library) {
    this.catalogue = catalogue;
    this.library = library;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/problems";
  }

  @GetMapping("/problems")
  String catalogue(@AuthenticationPrincipal OnsiteUser me, CatalogueFilter filter, Model model) {
    model.addAttribute("problems", catalogue.summaries(me.accountId(), filter));
    model.addAttribute("total", catalogue.total());
    model.addAttribute("filter", filter);
    model.addAttribute("options", catalogue.filterOptions());
    model.addAttribute("skipped", library.lastLoad().skipped());
    return "problem/catalogue";
  }

  @GetMapping("/problems/{id}")
  String problem(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id, Model model) {
    ProblemPackage pkg = catalogue.require(id);
    model.addAttribute("problem", catalogue.details(pkg, me.accountId()));
    return "problem/problem";
  }

  /** The statement alone, which the page fetches again when a level unlocks. */
  @GetMapping("/problems/{id}/statement")
  String statement(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id, Model model) {
    ProblemPackage pkg = catalogue.require(id);
    model.addAttribute("problem", catalogue.details(pkg, me.accountId()));
    return "problem/problem :: statement";
  }

  /**
   * An image next to the statement. Only files directly in the statement's directory are served, so
   * nothing under {@code data/} (hidden tests) or {@code submissions/} can be reached.
   */
  @GetMapping("/problems/{id}/statement/{file}")
  ResponseEntity<Resource> statementFile(@PathVariable String id, @PathVariable String file) {
    ProblemPackage pkg = catalogue.require(id);
    if (pkg.statement() == null) {
      throw notFound(file);
    }
    Path dir = pkg.statement().getParent().toAbsolutePath().normalize();
    Path target = dir.resolve(file).normalize();
    String name = target.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (!target.getParent().equals(dir)
        || !IMAGE_EXTENSIONS.contains(extension)
        || !Files.isRegularFile(target)) {
      throw notFound(file);
    }
    try {
      if (!target.toRealPath().getParent().equals(dir.toRealPath())) {
        throw notFound(file);
      }
    } catch (IOException e) {
      throw notFound(file);
    }
    MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noCache())
        .body(new FileSystemResource(target));
  }

  @PostMapping("/problems/reload")
  String reload(RedirectAttributes redirect) {
    ProblemLibrary.LoadReport report = catalogue.reload();
    redirect.addFlashAttribute(
        "notice",
        "Reloaded "
            + report.loaded()
            + " problems"
            + (report.skipped().isEmpty() ? "." : "; " + report.skipped().size() + " skipped."));
    return "redirect:/problems";
  }

  private static ResponseStatusException notFound(String file) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no statement file '" + file + "'");
  }
}
