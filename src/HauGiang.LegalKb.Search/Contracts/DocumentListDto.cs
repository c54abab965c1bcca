using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Search.Contracts;

/// <summary>Every document, reference-only ones included (<c>documents --json</c>, <c>/api/documents</c>).</summary>
public sealed record DocumentListDto(IReadOnlyList<DocumentDto> Documents)
{
    public static DocumentListDto From(KnowledgeBase knowledgeBase) =>
        new(knowledgeBase.Documents.Select(d => DocumentDto.From(d, knowledgeBase, withDetails: false)).ToList());
}
