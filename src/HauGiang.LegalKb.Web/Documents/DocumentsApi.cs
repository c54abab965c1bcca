using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Application;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Sections;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HauGiang.LegalKb.Web.Documents;

/// <summary><c>/api/documents</c>: every document (<c>legalkb documents --json</c>) and one with its sections (<c>show --json</c>).</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Văn bản");
        group.MapRead(string.Empty, List)
            .WithName("ListDocuments")
            .WithSummary("Mọi văn bản, kể cả văn bản chỉ có thông tin tham chiếu (hasFullText: false).");
        group.MapRead("{**id}", Get)
            .WithName("GetDocument")
            .WithSummary("Một văn bản theo mã (100-kh-ubnd-2024) hoặc số hiệu (100/KH-UBND): thông tin, cây mục, dẫn chiếu và citedBy.")
            .WithDescription(
                "Mỗi câu trả lời chứa tối đa 100.000 ký tự văn bản: các mục được trả về đủ văn bản theo thứ tự cho đến giới hạn, " +
                "các mục sau đó không kèm văn bản và dẫn chiếu trong đó, với textRange.next là địa chỉ của mục (/api/sections/…).");
        return group;
    }

    internal static Ok<DocumentListDto> List(CurrentIndex index) => TypedResults.Ok(DocumentListDto.From(index.KnowledgeBase));

    internal static Results<Ok<DocumentDto>, RedirectHttpResult, ProblemHttpResult> Get(string id, CurrentIndex index)
    {
        var knowledgeBase = index.KnowledgeBase;
        var found = Lookups.Document(knowledgeBase, id);
        return found switch
        {
            { Kind: FoundKind.Document, Document: { } document } => TypedResults.Ok(Bounded(document, knowledgeBase)),
            { Kind: FoundKind.Moved, Retired.Successor: { } successor } => TypedResults.Redirect($"/api/documents/{successor}", permanent: true),
            { Kind: FoundKind.WrongKind } => ApiProblems.BadRequest($"{found.Message} Dùng /api/sections/{id}."),
            _ => ApiProblems.Of(found),
        };
    }

    // The CLI's shape within the API's bound on text: units whole in document order while the answer has room, the rest
    // without their text and its citations, each with textRange.next leading to it (SectionAnswers).
    private static DocumentDto Bounded(LegalDocument document, KnowledgeBase knowledgeBase)
    {
        var room = new SectionAnswers.Room(AnswerLimits.ApiTextCharacters);
        var sections = document.Sections.Select(s => SectionAnswers.Within(s, knowledgeBase, room)).ToList();
        return DocumentDto.From(document, knowledgeBase, withDetails: false) with
        {
            Sections = sections,
            Citations = knowledgeBase.CitationsFrom(document.Id)
                .Where(c => c.FromSectionId is not { } from || !room.Omitted.Contains(from))
                .Select(CitationDto.Of)
                .ToList(),
            CitedBy = knowledgeBase.CitedBy(document.Id).Select(CitationDto.Of).ToList(),
        };
    }
}
