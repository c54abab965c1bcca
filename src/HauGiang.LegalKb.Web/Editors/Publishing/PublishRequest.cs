using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Web.Editors.Publishing;

/// <summary>What an editor asked the queue to do, by whom and from where.</summary>
public abstract record PublishRequest(string UserName, string Address);

/// <summary>Publish a draft; when <paramref name="Replaces"/> is set, as the newer text of that document (same id).</summary>
public sealed record PublishDraft(string DraftId, DocumentId? Replaces, string UserName, string Address) : PublishRequest(UserName, Address);

/// <summary>Withdraw a published document for <paramref name="Reason"/>: its id answers 410 with the reason.</summary>
public sealed record WithdrawDocument(DocumentId DocumentId, string Reason, string UserName, string Address) : PublishRequest(UserName, Address);
