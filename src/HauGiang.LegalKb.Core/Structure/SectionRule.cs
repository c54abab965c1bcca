namespace HauGiang.LegalKb.Core.Structure;

/// <summary>Recognises one kind of heading. Rules are tried in the order the pipeline lists them.</summary>
/// <remarks>Implementations are stateless and thread-safe; they read the parser's state through the context only.</remarks>
public abstract class SectionRule
{
    /// <summary>
    /// True when the rule may open a unit inside the document's closing (Nơi nhận, signature), where numbered lines
    /// are recipients, not units. Only attachments and source headings do.
    /// </summary>
    public virtual bool AppliesInClosing => false;

    /// <summary>The heading at <paramref name="index"/>, or null when this rule does not apply there.</summary>
    public abstract HeadingMatch? TryMatch(StructureContext context, int index);
}
