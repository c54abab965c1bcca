using HauGiang.LegalKb.Cli;
using HauGiang.LegalKb.Core.Pipeline;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// One pipeline for the whole run: every reader, section rule, metadata source and citation pattern.
return LegalKbCli.Run(args, CliConsole.System, new KbPipelineBuilder().Build());
