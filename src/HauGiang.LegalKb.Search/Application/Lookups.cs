using System.Globalization;
using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;

namespace HauGiang.LegalKb.Search.Application;

/// <summary>Looks up what users name (an id, a section id, a number in any spelling, an address's parts) the way both front ends answer.</summary>
public static class Lookups
{
    /// <summary>A document or a section: an id, a section id, a retired id or a number.</summary>
    public static Found Any(KnowledgeBase knowledgeBase, string asked)
    {
        var found = knowledgeBase.Find(asked);
        if (found.IsAmbiguous)
        {
            return Found.Ambiguity(asked.Trim(), found.Candidates);
        }

        if (found.Retired is { } retired)
        {
            return Found.Retirement(retired);
        }

        return found switch
        {
            { Section: { } section, Document: { } owner } => Found.Of(section, owner),
            { Document: { } document } => Found.Of(document),
            _ => Found.Nothing(Format(LookupMessages.NotFound, asked.Trim())),
        };
    }

    /// <summary>A document only: a section id is the wrong kind.</summary>
    public static Found Document(KnowledgeBase knowledgeBase, string asked)
    {
        var found = Any(knowledgeBase, asked);
        return found.Kind == FoundKind.Section ? Found.Wrong(Format(LookupMessages.SectionNotDocument, asked.Trim())) : found;
    }

    /// <summary>The section <paramref name="eId"/> of the document <paramref name="documentId"/> (the two parts of its address).</summary>
    public static Found Section(KnowledgeBase knowledgeBase, string documentId, string eId)
    {
        if (SectionId.TryCreate(documentId, eId, out var id) && knowledgeBase.FindSection(id) is { } found)
        {
            return Found.Of(found.Section, found.Document);
        }

        var document = Document(knowledgeBase, documentId);
        return document.Kind == FoundKind.Document
            ? Found.Nothing(Format(LookupMessages.NoSuchSection, DocumentNames.Of(document.Document!), eId))
            : document;
    }

    private static string Format(string message, params object[] values) => string.Format(CultureInfo.InvariantCulture, message, values);
}
