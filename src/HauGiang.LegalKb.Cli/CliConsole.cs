namespace HauGiang.LegalKb.Cli;

/// <summary>Where a command writes: standard output, standard error, and whether a person is watching.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Messages and progress.</param>
/// <param name="IsTerminal">True when stderr is a terminal: progress is redrawn in place; otherwise plain lines.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error, !Console.IsErrorRedirected) {
        ReadSecret = Secrets.FromConsole,
        SecretsAreTyped = !Console.IsInputRedirected,
    };

    /// <summary>
    /// Reads a secret (a password) after showing its prompt on stderr: typed without echo at a terminal, else the next
    /// line of standard input; null at the end of input.
    /// </summary>
    public Func<string, string?> ReadSecret { get; init; } = _ => null;

    /// <summary>True when secrets are typed by a person (ask twice), false when read from a pipe or a test.</summary>
    public bool SecretsAreTyped { get; init; }
}
