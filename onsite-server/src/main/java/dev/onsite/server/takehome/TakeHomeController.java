package dev.onsite.server.takehome;

import dev.onsite.judge.takehome.TakeHomePackage;
import dev.onsite.server.problem.StatementRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The take-home page: the statement and rubric, the attempt's timer (pausable, kept on the server),
 * the dataset download, and a finder to submit; the page drives {@code /api/takehomes}.
 */
@Controller
class TakeHomeController {

  private final TakeHomeLibrary library;
  private final StatementRenderer markdown;

  TakeHomeController(TakeHomeLibrary library, StatementRenderer markdown) {
    this.library = library;
    this.markdown = markdown;
  }

  @GetMapping("/takehomes/{id}")
  String takehome(@PathVariable String id, Model model) {
    TakeHomePackage pkg =
        library
            .find(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no take-home '" + id + "'; see /problems?round=take-home"));
    model.addAttribute("pkg", pkg);
    model.addAttribute("statementHtml", markdown.render(withoutTitle(pkg.statement()), id));
    return "takehome/takehome";
  }

  /** The statement without its leading "# Title" line: the page shows the title already. */
  static String withoutTitle(String statement) {
    String text = statement.stripLeading();
    if (text.startsWith("# ")) {
      int end = text.indexOf('\n');
      return end < 0 ? "" : text.substring(end + 1);
    }
    return statement;
  }
}
