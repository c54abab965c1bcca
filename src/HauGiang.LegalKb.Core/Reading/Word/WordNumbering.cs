using System.Text;
using DocumentFormat.OpenXml;

namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>What Word's automatic numbering shows before one paragraph.</summary>
/// <param name="Text">The label as rendered ("Điều 5.", "3.", "a)", "1.2.", "-" for a bullet).</param>
/// <param name="Suffix">What separates it from the text: "tab", "space" or "nothing".</param>
/// <param name="Paragraph">The list level's paragraph properties (its indentation).</param>
internal sealed record NumberLabel(string Text, string Suffix, ParagraphFacts Paragraph);

/// <summary>
/// The numbering part of a .docx (word/numbering.xml) with its running counters: paragraphs are numbered in document
/// order as Word shows them.
/// </summary>
/// <remarks>
/// A w:num names a w:abstractNum (the levels: start, format, level text) and may override levels or their start
/// values. Lists that share an abstract definition continue one another, as Word numbers them, unless a w:num
/// overrides a start value: that list then counts on its own. Using a level restarts the deeper levels (honouring
/// w:lvlRestart). One instance per document read; not thread-safe.
/// </remarks>
internal sealed class WordNumbering
{
    private const int LevelCount = 9;

    private readonly Dictionary<int, OpenXmlElement> _abstracts = [];
    private readonly Dictionary<int, Instance> _instances = [];
    private readonly Dictionary<int, NumberingLevel[]> _levels = [];
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly WordStyles _styles;

    private WordNumbering(OpenXmlElement? root, WordStyles styles)
    {
        _styles = styles;
        if (root is null)
        {
            return;
        }

        foreach (var child in root.ChildElements)
        {
            if (Ooxml.Is(child, "abstractNum") && Ooxml.Int(Ooxml.Attribute(child, "abstractNumId")) is { } abstractId)
            {
                _abstracts.TryAdd(abstractId, child);
            }
            else if (Ooxml.Is(child, "num") && Ooxml.Int(Ooxml.Attribute(child, "numId")) is { } numId
                && Ooxml.Int(Ooxml.ChildVal(child, "abstractNumId")) is { } target)
            {
                _instances.TryAdd(numId, Instance.From(numId, target, child));
            }
        }
    }

    /// <summary>Numbering read from the numbering part's root (w:numbering); null when the document has none.</summary>
    internal static WordNumbering From(OpenXmlElement? root, WordStyles styles) => new(root, styles);

    /// <summary>
    /// Counts one paragraph of list <paramref name="numId"/> at <paramref name="level"/> (null: the level bound to the
    /// paragraph's style, else 0) and returns its label, or null when the list shows nothing there.
    /// </summary>
    internal NumberLabel? Next(int numId, int? level, string? paragraphStyleId)
    {
        if (numId <= 0 || !_instances.TryGetValue(numId, out var instance))
        {
            return null;
        }

        var levels = LevelsOf(instance);
        var at = Math.Clamp(level ?? LevelOfStyle(levels, paragraphStyleId), 0, LevelCount - 1);
        var key = instance.Overridden ? "n" + numId : "a" + instance.AbstractId;
        if (!_counters.TryGetValue(key, out var counter))
        {
            counter = new Counter();
            _counters[key] = counter;
        }

        counter.Advance(at, levels, instance);
        var definition = levels[at];
        var text = definition.Format switch
        {
            "bullet" => "-",
            _ => Render(definition, levels, counter, instance),
        };
        return string.IsNullOrWhiteSpace(text) ? null : new NumberLabel(text, definition.Suffix, definition.Paragraph);
    }

    private static int LevelOfStyle(NumberingLevel[] levels, string? styleId)
    {
        for (var i = 0; styleId is not null && i < levels.Length; i++)
        {
            if (levels[i].StyleId == styleId)
            {
                return i;
            }
        }

        return 0;
    }

    private static string Render(NumberingLevel definition, NumberingLevel[] levels, Counter counter, Instance instance)
    {
        var template = definition.Text ?? string.Empty;
        var builder = new StringBuilder(template.Length + 8);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var k = template[i + 1] - '1';
                var format = definition.Legal ? "decimal" : levels[k].Format;
                if (format is not ("none" or "bullet"))
                {
                    builder.Append(NumberText.Format(counter.ValueOf(k, levels, instance), format));
                }

                i++;
                continue;
            }

            builder.Append(template[i]);
        }

        return builder.ToString();
    }

    // The levels of a list: its abstract definition's (following w:numStyleLink to the list a style names), with the
    // w:num's own level overrides on top.
    private NumberingLevel[] LevelsOf(Instance instance)
    {
        if (_levels.TryGetValue(instance.NumId, out var cached))
        {
            return cached;
        }

        var abstractNum = _abstracts.GetValueOrDefault(instance.AbstractId);
        for (var hops = 0; hops < 4 && Ooxml.ChildVal(abstractNum, "numStyleLink") is { } link; hops++)
        {
            var linked = _styles.NumberingOfStyle(link) is { } linkedNum && _instances.TryGetValue(linkedNum, out var target)
                ? _abstracts.GetValueOrDefault(target.AbstractId)
                : null;
            if (linked is null || linked == abstractNum)
            {
                break;
            }

            abstractNum = linked;
        }

        var levels = new NumberingLevel[LevelCount];
        for (var i = 0; i < LevelCount; i++)
        {
            levels[i] = NumberingLevel.Fallback(i);
        }

        foreach (var lvl in abstractNum?.ChildElements.Where(e => Ooxml.Is(e, "lvl")) ?? [])
        {
            if (Ooxml.Int(Ooxml.Attribute(lvl, "ilvl")) is { } i and >= 0 and < LevelCount)
            {
                levels[i] = NumberingLevel.From(lvl);
            }
        }

        foreach (var (i, lvl) in instance.LevelOverrides)
        {
            levels[i] = lvl;
        }

        _levels[instance.NumId] = levels;
        return levels;
    }

    private sealed record Instance(int NumId, int AbstractId, Dictionary<int, int> StartOverrides, Dictionary<int, NumberingLevel> LevelOverrides)
    {
        public bool Overridden => StartOverrides.Count > 0;

        public static Instance From(int numId, int abstractId, OpenXmlElement num)
        {
            var starts = new Dictionary<int, int>();
            var levels = new Dictionary<int, NumberingLevel>();
            foreach (var item in num.ChildElements.Where(e => Ooxml.Is(e, "lvlOverride")))
            {
                if (Ooxml.Int(Ooxml.Attribute(item, "ilvl")) is not { } i || i is < 0 or >= LevelCount)
                {
                    continue;
                }

                if (Ooxml.Child(item, "lvl") is { } lvl)
                {
                    levels[i] = NumberingLevel.From(lvl);
                }

                if (Ooxml.Int(Ooxml.ChildVal(item, "startOverride")) is { } start)
                {
                    starts[i] = start;
                }
            }

            return new Instance(numId, abstractId, starts, levels);
        }
    }

    // The running values of one list, one per level.
    private sealed class Counter
    {
        private readonly int[] _values = new int[LevelCount];
        private readonly bool[] _started = new bool[LevelCount];

        public void Advance(int level, NumberingLevel[] levels, Instance instance)
        {
            _values[level] = _started[level] ? _values[level] + 1 : StartOf(level, levels, instance);
            _started[level] = true;
            for (var deeper = level + 1; deeper < LevelCount; deeper++)
            {
                // w:lvlRestart N: restart after a use of level N (1-based) or above; 0: never; absent: after any higher level.
                if (levels[deeper].Restart is not { } restart || (restart != 0 && level + 1 <= restart))
                {
                    _started[deeper] = false;
                }
            }
        }

        public int ValueOf(int level, NumberingLevel[] levels, Instance instance) =>
            _started[level] ? _values[level] : StartOf(level, levels, instance);

        private static int StartOf(int level, NumberingLevel[] levels, Instance instance) =>
            instance.StartOverrides.TryGetValue(level, out var start) ? start : levels[level].Start;
    }
}
