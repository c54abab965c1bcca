using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Structure;

/// <summary>
/// Turns drafts into <see cref="Section"/>s once the document's id is known: eIds, labels from the root,
/// document order and text slices.
/// </summary>
/// <remarks>
/// eIds follow the Akoma Ntoso naming convention: element names part, chp, sec, subsec, art, para (khoản), point,
/// att, hcontainer, preamble and conclusions; a unit's eId is its parent's plus "__" plus its own. Articles are
/// numbered through the document, so an article's eId starts afresh ("art_5__para_2__point_a") inside its
/// attachment, if any. Dots in decimal labels become hyphens (subsec_2-8); the letter đ is written dd.
/// </remarks>
public static class SectionTree
{
    /// <summary>Materialises the tree of <paramref name="drafts"/> for the document <paramref name="documentId"/>.</summary>
    public static IReadOnlyList<Section> Build(DocumentId documentId, string cleanedText, IReadOnlyList<SectionDraft> drafts)
    {
        var state = new BuildState(documentId, cleanedText);
        return BuildLevel(drafts, parentEId: null, attachmentEId: null, labels: [], state);
    }

    private static List<Section> BuildLevel(
        IReadOnlyList<SectionDraft> drafts, string? parentEId, string? attachmentEId, IReadOnlyList<string> labels, BuildState state)
    {
        var result = new List<Section>(drafts.Count);
        var ordinals = new Dictionary<SectionKind, int>();
        foreach (var draft in drafts)
        {
            var ordinal = ordinals[draft.Kind] = ordinals.GetValueOrDefault(draft.Kind) + 1;
            var own = OwnEId(draft, ordinal);
            var prefix = draft.Kind == SectionKind.Article ? attachmentEId : parentEId;
            var eId = state.Unique(prefix is null ? own : $"{prefix}__{own}");
            var path = draft.Label.Length > 0 ? [.. labels, draft.Label] : labels;
            var order = state.NextOrder();

            var textSpan = draft.TextStart >= 0 ? TextSpan.FromBounds(draft.TextStart, draft.TextEnd) : new TextSpan(draft.Start, 0);
            var children = BuildLevel(
                draft.Children,
                eId,
                draft.Kind == SectionKind.Attachment ? eId : attachmentEId,
                path,
                state);

            result.Add(new Section
            {
                Id = SectionId.Of(state.DocumentId, eId),
                Kind = draft.Kind,
                Label = draft.Label,
                Labels = path,
                Title = draft.Title,
                Heading = draft.Heading,
                Text = textSpan.Slice(state.CleanedText),
                Order = order,
                Span = TextSpan.FromBounds(draft.Start, draft.End),
                TextSpan = textSpan,
                Children = children,
            });
        }

        return result;
    }

    private static string OwnEId(SectionDraft draft, int ordinal) => draft.Kind switch
    {
        SectionKind.Preamble => "preamble",
        SectionKind.Closing => "conclusions",
        SectionKind.Part => $"part_{draft.Label}",
        SectionKind.Chapter => $"chp_{draft.Label}",
        SectionKind.Section => $"sec_{draft.Label}",
        SectionKind.Subsection => $"subsec_{draft.Label.Replace('.', '-')}",
        SectionKind.Article => $"art_{draft.Label.Replace("đ", "dd", StringComparison.Ordinal)}",
        SectionKind.Clause => $"para_{draft.Label}",
        SectionKind.Point => $"point_{draft.Label.Replace("đ", "dd", StringComparison.Ordinal)}",
        SectionKind.Attachment => $"att_{ordinal}",
        _ => $"hcontainer_{ordinal}",
    };

    private sealed class BuildState(DocumentId documentId, string cleanedText)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private int _order;

        public DocumentId DocumentId { get; } = documentId;

        public string CleanedText { get; } = cleanedText;

        public int NextOrder() => _order++;

        // A document that numbers two units alike (a typing slip) still gets distinct ids: the second is "_2".
        public string Unique(string eId)
        {
            var candidate = eId;
            for (var n = 2; !_used.Add(candidate); n++)
            {
                candidate = $"{eId}_{n}";
            }

            return candidate;
        }
    }
}
