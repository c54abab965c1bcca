namespace HauGiang.LegalKb.Bench;

/// <summary>A problem with the benchmark's input or options: reported in one line, exit code 1.</summary>
public sealed class BenchException(string message) : Exception(message);
