using HauGiang.LegalKb.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return LegalKbCli.Run(args, CliConsole.System);
