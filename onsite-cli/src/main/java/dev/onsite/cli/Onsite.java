package dev.onsite.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Run the {@code ./onsite} command line.
 *
 * <p>Every command prints errors as one line on stderr (a stack trace only with {@code --debug})
 * and exits non-zero only when it could not do its job: 2 for bad arguments or bad input files, 1
 * for a failed check or an internal error.
 */
@Command(
    name = "onsite",
    // Inherited: every subcommand answers --help (and --version) too.
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Onsite.Version.class,
    description = "Practice and assessment for the ML/AI engineering interview loop.",
    subcommands = {
      JudgeCommand.class,
      CheckCommand.class,
      ProblemsCommand.class,
      ReviewCommand.class,
      ReviewsCommand.class,
      WorkspaceCommand.class,
      TakeHomeCommand.class,
      NewCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      WorkerCommand.class,
      DoctorCommand.class,
      PlanCommand.class,
      dev.onsite.cli.intel.CompaniesCommand.class,
      dev.onsite.cli.intel.CompanyCommand.class,
      dev.onsite.cli.intel.SearchCommand.class,
      dev.onsite.cli.intel.CardsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Onsite {

  /** Exit status for bad arguments and malformed input files. */
  public static final int EXIT_USAGE = 2;

  /** Exit status for a check that failed or an unexpected internal error. */
  public static final int EXIT_FAILURE = 1;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Run the command line with the given streams and return the exit status, without exiting. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new Onsite());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          err.println("onsite: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (debug) {
            ex.printStackTrace(err);
          }
          if (ex instanceof UserException user) {
            err.println("onsite: " + user.getMessage());
            return user.exitCode();
          }
          err.println(
              "onsite: internal error: "
                  + ex
                  + (debug ? "" : " (run again with --debug for the stack trace)"));
          return EXIT_FAILURE;
        });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Onsite.class.getPackage().getImplementationVersion();
      return new String[] {"onsite " + (version == null ? "development build" : version)};
    }
  }
}
