using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Search.Application;

namespace HauGiang.LegalKb.Cli.Commands;

/// <summary>The application's lookups, with anything but a document or section turned into a user error (exit 1).</summary>
internal static class Lookups
{
    private const string ListHint = " Xem danh sách: legalkb documents";

    /// <summary>A document or a section.</summary>
    public static Found Require(KnowledgeBase knowledgeBase, string id) => Shown(Search.Application.Lookups.Any(knowledgeBase, id));

    /// <summary>A document (a section id is refused).</summary>
    public static Core.Model.LegalDocument RequireDocument(KnowledgeBase knowledgeBase, string id) =>
        Shown(Search.Application.Lookups.Document(knowledgeBase, id)).Document!;

    private static Found Shown(Found found) => found.Kind switch
    {
        FoundKind.Document or FoundKind.Section => found,
        FoundKind.NotFound => throw new UserError(found.Message + ListHint),
        _ => throw new UserError(found.Message!),
    };
}
