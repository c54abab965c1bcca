using System.Globalization;

namespace HauGiang.LegalKb.Core.Reading.Ocr;

/// <summary>
/// Reads Tesseract's TSV output: "level page_num block_num par_num line_num word_num left top width height conf text",
/// one row per page, block, paragraph, line and word (level 1 to 5).
/// </summary>
/// <remarks>Pure; never throws. Malformed rows are skipped.</remarks>
internal static class TesseractTsv
{
    private const int Columns = 12;

    /// <summary>The page size and words of one TSV page.</summary>
    public static OcrImage Parse(string tsv)
    {
        var width = 0;
        var height = 0;
        var words = new List<OcrWord>();
        var rules = new List<PixelBox>();
        foreach (var line in tsv.Split('\n'))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < Columns - 1 || !int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            if (!TryInts(cells, out var block, out var paragraph, out var lineNumber, out var box))
            {
                continue;
            }

            if (level == 1)
            {
                (width, height) = (box.Width, box.Height);
            }
            else if (level == 5 && cells.Length >= Columns && cells[11].Trim() is { Length: > 0 } text
                && double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                var key = (block * 1000 + paragraph) * 1000 + lineNumber;
                words.Add(new OcrWord(text, box.Left, box.Top, box.Width, box.Height, confidence, key));
            }
            else if (level == 5 && IsRule(box.Width, box.Height))
            {
                rules.Add(new PixelBox(box.Left, box.Top, box.Width, box.Height));
            }
        }

        return new OcrImage(width, height, words, rules);
    }

    // A ruled line: at least ten times longer than thick.
    private static bool IsRule(int width, int height) => width >= 10 * height || height >= 10 * width;

    private static bool TryInts(string[] cells, out int block, out int paragraph, out int line, out (int Left, int Top, int Width, int Height) box)
    {
        box = default;
        block = paragraph = line = 0;
        var values = new int[7];
        for (var i = 0; i < values.Length; i++)
        {
            // Columns 2–4 (block, paragraph, line) and 6–9 (left, top, width, height).
            var column = i < 3 ? i + 2 : i + 3;
            if (!int.TryParse(cells[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        (block, paragraph, line) = (values[0], values[1], values[2]);
        box = (values[3], values[4], values[5], values[6]);
        return true;
    }
}
