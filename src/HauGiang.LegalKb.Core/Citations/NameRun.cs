namespace HauGiang.LegalKb.Core.Citations;

/// <summary>
/// What a law's name has gone through so far (<see cref="LawNames"/>): words kept only if a number closes the name,
/// and the "và" or comma joins with how many words followed them.
/// </summary>
internal sealed class NameRun
{
    // After "và" or a comma a name goes on for a few words only ("Trật tự, an toàn giao thông đường bộ"); longer, the
    // words after are a new phrase ("Bộ luật Lao động và quyết định kết quả thương lượng thông qua …"). After a comma, at
    // least two ("Bộ luật Lao động, con chưa đủ 18 tuổi" is a list).
    private const int MaxWordsAfterJoin = 6;

    private int _lastJoin = -1;
    private int _sinceJoin;
    private bool _afterComma;

    /// <summary>The name's end before the first word that only a closing number keeps ("của", "tại" …).</summary>
    public int? SoftFrom { get; private set; }

    /// <summary>The name's end before its first "và" or comma.</summary>
    public int? FirstJoin { get; private set; }

    /// <summary>
    /// Takes the word after <paramref name="end"/> into the name; false, with <paramref name="end"/> moved back to the
    /// last join, when too many words followed it.
    /// </summary>
    public bool Takes(string word, string joiner, bool soft, ref int end)
    {
        if (joiner == "," || word == "và")
        {
            FirstJoin ??= end;
            _lastJoin = end;
            _sinceJoin = word == "và" ? 0 : 1;
            _afterComma = joiner == ",";
        }
        else if (SoftFrom is null && !soft && _lastJoin >= 0 && ++_sinceJoin > MaxWordsAfterJoin)
        {
            end = _lastJoin;
            return false;
        }

        if (soft)
        {
            SoftFrom ??= end;
        }

        return true;
    }

    /// <summary>The name ending at <paramref name="end"/> with nothing closing it.</summary>
    public ScannedName EndsAt(int end) => new(end, NameClosing.None, end, FirstJoin);

    /// <summary>The name as it stands when a word ends it at <paramref name="end"/>: back to its last join or its first soft word where needed.</summary>
    public ScannedName Finish(int end)
    {
        if (_afterComma && _sinceJoin < 2 && SoftFrom is null)
        {
            end = _lastJoin;
        }

        return EndsAt(SoftFrom is { } from && from < end ? from : end);
    }
}
