namespace HauGiang.LegalKb.Cli;

/// <summary>Where a command writes: standard output, standard error, and whether a person is watching.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Messages and progress.</param>
/// <param name="IsTerminal">True when stderr is a terminal: progress is redrawn in place; otherwise plain lines.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
