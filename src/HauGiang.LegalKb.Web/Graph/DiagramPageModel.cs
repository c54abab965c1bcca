using HauGiang.LegalKb.Core.Corpus;

namespace HauGiang.LegalKb.Web.Graph;

/// <summary>What the diagram page shows: the drawing, and the same relationships as a table.</summary>
public sealed record DiagramPageModel(KnowledgeBase KnowledgeBase, Diagram Diagram)
{
    /// <summary>The drawing, as SVG markup built with every label escaped.</summary>
    public string Svg => DiagramSvg.Render(Diagram);
}
