namespace HauGiang.LegalKb.Cli;

/// <summary>A mistake in what the user asked for (exit code 1, one line on stderr).</summary>
internal sealed class UserError(string message) : Exception(message);
