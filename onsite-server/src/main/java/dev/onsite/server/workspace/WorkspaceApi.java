package dev.onsite.server.workspace;

import dev.onsite.judge.workspace.WorkspacePackage;
import dev.onsite.server.account.OnsiteUser;
import dev.onsite.server.llm.Message;
import dev.onsite.server.submission.Mode;
import dev.onsite.server.submission.SubmissionView;
import dev.onsite.server.submission.Submissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workspace rounds over JSON: the starter codebase (never the hidden tests), submissions of the
 * changed files judged through the queue, and what each submission changed.
 */
@RestController
@RequestMapping("/api/workspaces")
@Tag(name = "workspaces", description = "Debugging, refactoring and AI-assisted codebase rounds")
class WorkspaceApi {

  /** A workspace in the list. */
  record WorkspaceSummary(
      String id,
      String title,
      String round,
      String language,
      int minutes,
      String difficulty,
      List<String> companies,
      List<String> tags) {

    static WorkspaceSummary of(WorkspacePackage pkg) {
      return new WorkspaceSummary(
          pkg.id(),
          pkg.title(),
          pkg.round().id(),
          pkg.language(),
          pkg.minutes(),
          pkg.difficulty(),
          pkg.companies(),
          pkg.tags());
    }
  }

  /**
   * What a candidate starts from.
   *
   * @param files the starter tree with its visible tests, by workspace path
   * @param logs what the round shows failing, by file name
   */
  record WorkspaceStarter(
      WorkspaceSummary workspace,
      String statement,
      Map<String, String> files,
      List<String> visibleTests,
      Map<String, String> logs) {}

  /**
   * Changes to judge.
   *
   * @param files the new text of each added or changed file, by workspace path
   * @param deleted starter files to delete
   * @param mode {@code run} (the visible tests) or {@code submit} (every test)
   * @param transcript the assistant conversation of an ai-assisted round so far ({@code role} user
   *     or assistant, {@code content}), stored with the submission; may be absent
   */
  record NewWorkspaceSubmission(
      Map<String, String> files,
      List<String> deleted,
      String mode,
      List<Map<String, String>> transcript) {}

  /**
   * A question to the assistant.
   *
   * @param messages the conversation so far, ending with the question ({@code role} user or
   *     assistant, {@code content})
   * @param file the workspace file to send along, or null
   * @param text that file's text as the candidate has it now
   */
  record AssistantQuestion(List<Map<String, String>> messages, String file, String text) {}

  record AssistantReply(String reply, String model) {}

  private final WorkspaceLibrary library;
  private final WorkspaceSubmissions workspaces;
  private final Submissions submissions;
  private final WorkspaceAssistant assistant;

  WorkspaceApi(
      WorkspaceLibrary library,
      WorkspaceSubmissions workspaces,
      Submissions submissions,
      WorkspaceAssistant assistant) {
    this.library = library;
    this.workspaces = workspaces;
    this.submissions = submissions;
    this.assistant = assistant;
  }

  @GetMapping
  @Operation(summary = "Every workspace package on this server")
  List<WorkspaceSummary> list() {
    return library.all().stream().map(WorkspaceSummary::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A workspace's statement, starter files, visible tests and logs")
  WorkspaceStarter starter(@PathVariable String id) {
    WorkspacePackage pkg = workspaces.require(id);
    Map<String, String> files = new TreeMap<>();
    pkg.tree().forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return new WorkspaceStarter(
        WorkspaceSummary.of(pkg), pkg.statement(), files, pkg.visibleTests(), pkg.logs());
  }

  @PostMapping("/{id}/submissions")
  @Operation(
      summary = "Run or submit changes to a workspace",
      description =
          "Stores the changed files as a queued submission and returns at once; follow it with"
              + " GET /api/submissions/{id}/events, as any submission.")
  ResponseEntity<SubmissionView> submit(
      @AuthenticationPrincipal OnsiteUser me,
      @PathVariable String id,
      @RequestBody NewWorkspaceSubmission body) {
    Mode mode = Mode.ofRequest(body.mode());
    SubmissionView queued =
        workspaces.submit(
            me.accountId(),
            id,
            new Changes(body.files(), body.deleted()),
            mode,
            Transcripts.check(body.transcript()));
    return ResponseEntity.accepted()
        .location(URI.create("/api/submissions/" + queued.id()))
        .body(queued);
  }

  @GetMapping("/{id}/submissions")
  @Operation(summary = "Your submissions to a workspace, newest first")
  List<SubmissionView> history(@AuthenticationPrincipal OnsiteUser me, @PathVariable String id) {
    workspaces.require(id);
    return submissions.history(me.accountId(), id);
  }

  @PostMapping("/{id}/assistant")
  @Operation(
      summary = "Ask the assistant of an ai-assisted round",
      description =
          "Sends the conversation and the one named file to the configured OpenAI-compatible"
              + " endpoint and returns its reply. 409 when none is configured (nothing is sent);"
              + " 502 with the endpoint's one-line failure.")
  AssistantReply ask(@PathVariable String id, @RequestBody AssistantQuestion body) {
    WorkspacePackage pkg = workspaces.require(id);
    String reply = assistant.ask(pkg, Transcripts.check(body.messages()), body.file(), body.text());
    return new AssistantReply(reply, assistant.model());
  }

  @GetMapping("/submissions/{submission}/transcript")
  @Operation(summary = "The assistant transcript stored with one of your workspace submissions")
  List<Message> transcript(@AuthenticationPrincipal OnsiteUser me, @PathVariable long submission) {
    return workspaces.transcript(me.accountId(), submission);
  }

  @GetMapping("/submissions/{submission}/changes")
  @Operation(summary = "What one of your workspace submissions changed, file by file")
  List<WorkspaceSubmissions.FileChange> changes(
      @AuthenticationPrincipal OnsiteUser me, @PathVariable long submission) {
    return workspaces.changes(me.accountId(), submission);
  }
}
