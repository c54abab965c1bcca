using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Web.Editors.Drafts;

namespace HauGiang.LegalKb.Web.Editors.Preview;

/// <summary>One fact of the preview: its name, what was found (null: not found) and whether the editor gave it.</summary>
public sealed record FactRow(string Key, string Label, string? Value, bool FromEditor);

/// <summary>What publishing a draft would do, computed on a knowledge base built in memory; nothing public has changed.</summary>
public sealed record DraftPreview(Draft Draft)
{
    /// <summary>Why the file cannot be published (unreadable, refused, too slow); null when it can.</summary>
    public string? Refusal { get; init; }

    /// <summary>True while the file is still being read (<see cref="Refusal"/> then says to come back).</summary>
    public bool StillReading { get; init; }

    /// <summary>Which reader read it and how ("Word (.docx)", pages, OCR).</summary>
    public string Reader { get; init; } = string.Empty;

    /// <summary>Where it would be written in the corpus.</summary>
    public string PlannedPath { get; init; } = string.Empty;

    /// <summary>The document it would become (with its permanent id).</summary>
    public LegalDocument? Document { get; init; }

    /// <summary>The six facts, found or not.</summary>
    public IReadOnlyList<FactRow> Facts { get; init; } = [];

    /// <summary>The references the text makes: the citation and whether it lands on text.</summary>
    public IReadOnlyList<Citation> References { get; init; } = [];

    /// <summary>Reference-only records this text turns into full text.</summary>
    public IReadOnlyList<LegalDocument> BecomesFullText { get; init; } = [];

    /// <summary>Links in other documents that will now land on this text.</summary>
    public IReadOnlyList<Citation> NowResolve { get; init; } = [];

    /// <summary>Published documents with the same number (offer "thay thế").</summary>
    public IReadOnlyList<LegalDocument> SameNumber { get; init; } = [];

    /// <summary>The published document this text replaces, when it does.</summary>
    public LegalDocument? Replaces { get; init; }

    /// <summary>What the editor should look at before publishing.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The in-memory knowledge base (names of cited documents).</summary>
    public Core.Corpus.KnowledgeBase? KnowledgeBase { get; init; }

    /// <summary>True when it can be published.</summary>
    public bool CanPublish => Refusal is null && Document is not null;
}
