namespace HauGiang.LegalKb.Cli.Commands;

/// <summary>One CLI command.</summary>
internal interface ICommand
{
    /// <summary>The word that runs it: "index".</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The whole help text of the command, in Vietnamese.</summary>
    string Help { get; }

    /// <summary>Runs the command; returns the exit code.</summary>
    int Run(CliOptions options, CliConsole console, Workspace workspace);
}
