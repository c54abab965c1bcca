namespace HauGiang.LegalKb.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = LegalKbCli.Run(args, new CliConsole(output, error, IsTerminal: false), Core.Pipeline.KbPipeline.Default);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Out).RootElement;
}
