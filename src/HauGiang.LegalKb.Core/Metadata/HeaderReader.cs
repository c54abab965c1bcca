using System.Text.RegularExpressions;
using HauGiang.LegalKb.Core.Model;
using HauGiang.LegalKb.Core.Reading;
using HauGiang.LegalKb.Core.Text;

namespace HauGiang.LegalKb.Core.Metadata;

/// <summary>
/// Reads one header block paragraph by paragraph: the issuer's lines, the motto, the number, the place and date in
/// any order (a table's cells come row by row or column by column), marks such as "DỰ THẢO", then the type and the
/// title. What stands before the header and is not part of it (a site's title) is passed over.
/// </summary>
internal sealed partial class HeaderReader
{
    // A header starts within the first paragraphs; lines before it (a site's title) are few.
    private const int MaxLinesBeforeHeader = 12;

    private readonly List<string> _issuerLines = [];
    private readonly List<string> _titleLines = [];
    private HeaderPiece? _number;
    private int _numberAfterIssuerLine;
    private HeaderPiece? _date;
    private DocumentType? _type;
    private string? _subject;
    private bool _subjectOpen;
    private bool _lastTitleOrdinary;

    /// <summary>True once a motto, number or date was read.</summary>
    public bool AnchorSeen { get; private set; }

    /// <summary>The index after the last paragraph of the header.</summary>
    public int End { get; private set; }

    /// <summary>True when the header has a place-and-date line, even a blank one.</summary>
    public bool DateLineSeen => _date is not null;

    /// <summary>True when the header names a type, a number (even blank) or a date (even blank).</summary>
    public bool HasHeader => _type is not null || _number is not null || _date is not null;

    /// <summary>True when the number or the date was written: a real header, not a form's blanks.</summary>
    public bool HasWrittenNumberOrDate => _number?.Number is not null || _date?.Date is not null;

    /// <summary>The code after an ordinal that was written but could not be read ("/KH-TCTLNTW-C04"); else null.</summary>
    public string? UnreadableNumberCode => _number is { Number: null, Blank: false } number ? number.UnreadableCode : null;

    /// <summary>Reads paragraphs [<paramref name="from"/>, <paramref name="to"/>) until the header is over.</summary>
    public static HeaderReader Read(IReadOnlyList<SourceParagraph> paragraphs, int from, int to)
    {
        var reader = new HeaderReader { End = from };
        for (var i = from; i < to; i++)
        {
            var text = paragraphs[i].Text;
            if (i + 1 < to && WrappedNumber().IsMatch(text) && NumberTail().IsMatch(paragraphs[i + 1].Text))
            {
                // "Số: 01/2022/TTLT-VKSNDTC-" / "TANDTC-BCA-BQP-BLĐTBXH": a long number wrapped onto the next line.
                text += paragraphs[++i].Text;
            }

            if (!reader.Take(paragraphs[i] with { Text = text }, i, from))
            {
                break;
            }
        }

        return reader;
    }

    /// <summary>The facts the header gives.</summary>
    public DocumentMetadata Facts() => new()
    {
        Issuer = IssuerName.FromHeaderLines(_issuerLines),
        Number = _number?.Number,
        Place = _date?.Place,
        IssuedOn = _date?.Date,
        Type = _type ?? _number?.PrefixType ?? (_subject is not null ? DocumentType.FromName("Công văn") : null),
        Title = _titleLines.Count > 0 ? string.Join(' ', _titleLines) : _subject,
    };

    // False when the header is over.
    private bool Take(SourceParagraph paragraph, int index, int from)
    {
        var text = paragraph.Text;
        if (_type is not null)
        {
            return TakeTitle(paragraph, index);
        }

        if (_subjectOpen && !HeaderWords.IsBodyStart(text) && text.Length <= 90 && !VietnameseText.IsUpperCaseLine(text)
            && HeaderPieces.Split(text, AnchorSeen).All(p => p.Kind == HeaderPieceKind.Text))
        {
            _subject += " " + VietnameseText.TrimSpaces(text);
            End = index + 1;
            return true;
        }

        _subjectOpen = false;
        if (HeaderWords.IsBodyStart(text) || (!AnchorSeen && index - from >= MaxLinesBeforeHeader))
        {
            return false;
        }

        if (HeaderWords.IsMark(text))
        {
            return true;
        }

        var taken = false;
        foreach (var piece in HeaderPieces.Split(text, AnchorSeen))
        {
            switch (TakePiece(piece))
            {
                case Taking.Taken:
                    taken = true;
                    break;
                case Taking.Over:
                    End = taken ? index + 1 : End;
                    return false;
            }
        }

        End = taken ? index + 1 : End;
        return true;
    }

    private Taking TakePiece(HeaderPiece piece)
    {
        switch (piece.Kind)
        {
            case HeaderPieceKind.Motto:
                AnchorSeen = true;
                return Taking.Taken;
            case HeaderPieceKind.Number:
                TakeNumber(piece);
                AnchorSeen = true;
                return Taking.Taken;
            case HeaderPieceKind.Date:
                _date ??= piece;
                AnchorSeen = true;
                return Taking.Taken;
            case HeaderPieceKind.Type:
                _type = piece.Type;
                if (piece.Rest is { } rest)
                {
                    _titleLines.Add(rest);
                    _lastTitleOrdinary = !VietnameseText.IsUpperCaseLine(rest);
                }

                return Taking.Taken;
            default:
                return TakeText(piece.Text);
        }
    }

    // "Số: …" with its colon wins over a bare "SỐ 1050/QĐ-SCT", which then was part of the issuer's name
    // ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT").
    private void TakeNumber(HeaderPiece piece)
    {
        if (_number is null)
        {
            _number = piece;
            _numberAfterIssuerLine = _issuerLines.Count;
        }
        else if (!_number.HasColon && piece.HasColon)
        {
            _issuerLines.Insert(_numberAfterIssuerLine, _number.Text);
            _number = piece;
        }
    }

    private Taking TakeText(string text)
    {
        if (HeaderWords.IsMark(text))
        {
            return Taking.Taken;
        }

        if (HeaderWords.IsSubject(text))
        {
            _subject = text;
            _subjectOpen = true;
            return Taking.Taken;
        }

        if (HeaderWords.IsBodyStart(text))
        {
            return Taking.Over;
        }

        if (VietnameseText.IsUpperCaseLine(text) && text.Any(char.IsLetter) && text.Length <= 150)
        {
            _issuerLines.Add(text);
            return Taking.Taken;
        }

        // Ordinary text: a site's title before the header is passed over, a short note inside it is ignored, a sentence ends it.
        return !AnchorSeen || text.Length <= 80 ? Taking.Skipped : Taking.Over;
    }

    private bool TakeTitle(SourceParagraph paragraph, int index)
    {
        var text = paragraph.Text.Trim('*', '_', ' ', '#');
        if (HeaderWords.IsCapitalTitleLine(text) && (_titleLines.Count == 0 || !_lastTitleOrdinary))
        {
            _titleLines.Add(text);
            _lastTitleOrdinary = false;
            End = index + 1;
            return true;
        }

        if (HeaderWords.IsOrdinaryTitleLine(paragraph with { Text = text }, _titleLines.Count))
        {
            _titleLines.Add(VietnameseText.TrimSpaces(text));
            _lastTitleOrdinary = true;
            End = index + 1;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"(?i)\bS[ốỐoO]\s*:?.*[-–]\s*$")]
    private static partial Regex WrappedNumber();

    [GeneratedRegex(@"^[\p{Lu}\d]+(?:\s*[-–]\s*[\p{Lu}\d]+)+$")]
    private static partial Regex NumberTail();

    private enum Taking
    {
        Taken,
        Skipped,
        Over,
    }
}
