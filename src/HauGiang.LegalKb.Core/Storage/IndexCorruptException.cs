namespace HauGiang.LegalKb.Core.Storage;

/// <summary>The index on disk cannot be read (damaged by hand, or from an incompatible version): rebuild it.</summary>
public sealed class IndexCorruptException(string message, Exception? inner = null) : Exception(message, inner);
