using HauGiang.LegalKb.Core.Corpus;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Search.Contracts;
using HauGiang.LegalKb.Web.Shared;

namespace HauGiang.LegalKb.Web.Sections;

/// <summary>
/// Sections as the JSON API gives them: the CLI's shape, with at most <see cref="AnswerLimits.ApiTextCharacters"/>
/// characters of text in one answer. A long text comes in parts (<c>?page=</c>); in a tree, units are given whole, in
/// document order, while the answer has room, and after that with their text (and the citations in it) left out and
/// <c>textRange.next</c> saying where to read them. The tree itself (ids, headings, spans) is always whole.
/// </summary>
public static class SectionAnswers
{
    /// <summary>The parts the API gives <paramref name="section"/>'s text in.</summary>
    public static IReadOnlyList<TextPart> PartsOf(Section section) => TextParts.Of(section.Text, AnswerLimits.ApiTextCharacters);

    /// <summary>"/api/sections/100-kh-ubnd-2024/part_III__sec_5".</summary>
    public static string Address(SectionId sectionId) => $"/api/sections/{Uri.EscapeDataString(sectionId.Document.Value)}/{Uri.EscapeDataString(sectionId.EId)}";

    /// <summary>Part <paramref name="page"/> of <paramref name="section"/>'s text, then its children while the answer has room.</summary>
    public static SectionDto Part(Section section, KnowledgeBase knowledgeBase, int page)
    {
        var parts = PartsOf(section);
        var part = parts[page - 1];
        var room = new Room(AnswerLimits.ApiTextCharacters - part.Length);
        var citations = knowledgeBase.CitationsFromSection(section.Id);
        if (parts.Count > 1)
        {
            citations = citations.Where(c => part.Holds(c, section));
        }

        var answer = Dto(section, knowledgeBase, part.Of(section.Text), citations, section.Children.Select(c => Within(c, knowledgeBase, room)).ToList());
        var next = page < parts.Count ? $"{Address(section.Id)}?page={page + 1}" : null;
        return parts.Count == 1 ? answer : answer with { TextRange = new TextRangeDto(part.Start, part.End, section.Text.Length, next) };
    }

    /// <summary>
    /// <paramref name="section"/> and the units below it: each text whole while <paramref name="room"/> lasts; after
    /// that, left out with its citations, and <c>textRange</c> leading to the unit's own answer.
    /// </summary>
    public static SectionDto Within(Section section, KnowledgeBase knowledgeBase, Room room)
    {
        if (room.Take(section.Text.Length))
        {
            return Dto(section, knowledgeBase, section.Text, knowledgeBase.CitationsFromSection(section.Id), section.Children.Select(c => Within(c, knowledgeBase, room)).ToList());
        }

        room.Omitted.Add(section.Id);
        var children = section.Children.Select(c => Within(c, knowledgeBase, room)).ToList();
        return Dto(section, knowledgeBase, string.Empty, [], children) with
        {
            TextRange = new TextRangeDto(0, 0, section.Text.Length, Address(section.Id)),
        };
    }

    private static SectionDto Dto(Section section, KnowledgeBase knowledgeBase, string text, IEnumerable<Citation> citations, IReadOnlyList<SectionDto> children) =>
        SectionDto.Of(section, knowledgeBase, text, citations, children);

    /// <summary>The characters of text an answer still has room for, and the units whose text was left out.</summary>
    public sealed class Room(int characters)
    {
        private int _left = characters;

        /// <summary>The ids of the units given without their text.</summary>
        public HashSet<SectionId> Omitted { get; } = [];

        /// <summary>Takes <paramref name="length"/> characters when they fit.</summary>
        public bool Take(int length)
        {
            if (length > _left)
            {
                return false;
            }

            _left -= length;
            return true;
        }
    }
}
