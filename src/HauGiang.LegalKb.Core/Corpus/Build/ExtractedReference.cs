using HauGiang.LegalKb.Core.Citations;

namespace HauGiang.LegalKb.Core.Corpus.Build;

/// <summary>A reference found in a text, with the record whose text it is in and the reference it is chained from.</summary>
/// <remarks>Compared by identity: the same words may stand twice in a text, and each is its own reference.</remarks>
internal sealed class ExtractedReference(DocumentRecord citing, CitationMention mention, ExtractedReference? implementedBy)
{
    /// <summary>The document whose text holds the words.</summary>
    public DocumentRecord Citing { get; } = citing;

    /// <summary>What the words say and where they are.</summary>
    public CitationMention Mention { get; } = mention;

    /// <summary>For "226-CTr/TU … thực hiện Nghị quyết 43-NQ/TW", the reference to 226-CTr/TU (the implementer) on 43-NQ/TW's.</summary>
    public ExtractedReference? ImplementedBy { get; } = implementedBy;
}
