namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>How a tool run ended.</summary>
/// <param name="ExitCode">The exit code; -1 when it did not run or was killed.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Error">What it wrote to standard error, or why it did not run.</param>
/// <param name="TimedOut">True when it was killed at the time limit.</param>
internal sealed record ToolRun(int ExitCode, string Output, string Error, bool TimedOut)
{
    /// <summary>True when it ran to the end with exit code 0.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
