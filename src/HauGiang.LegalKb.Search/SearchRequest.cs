namespace HauGiang.LegalKb.Search;

/// <summary>What a user asks: the query as typed, paging, and optional filters.</summary>
/// <param name="Query">The query as typed; any text is valid, Lucene syntax included.</param>
/// <param name="Top">Hits per page (1–100).</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="Type">Only documents of this type ("Nghị quyết").</param>
/// <param name="Issuer">Only documents from this issuing body.</param>
/// <param name="Year">Only documents issued this year.</param>
/// <param name="Document">Only this document and its units ("Tìm trong văn bản này").</param>
/// <remarks>
/// Bounds: <see cref="Application.SearchLimits"/>. A request with a filter and no words lists what the filter keeps,
/// in the knowledge base's order (documents, then their units).
/// </remarks>
public sealed record SearchRequest(string Query, int Top = 10, int Page = 1, string? Type = null, string? Issuer = null, int? Year = null, Core.Model.DocumentId? Document = null);
