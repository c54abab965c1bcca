namespace HauGiang.LegalKb.Web.Shared;

/// <summary>A page that only says something: a title and a message.</summary>
public sealed record MessageModel(string Title, string Message);
