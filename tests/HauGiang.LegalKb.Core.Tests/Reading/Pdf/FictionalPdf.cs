using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace HauGiang.LegalKb.Core.Tests.Reading.Pdf;

/// <summary>
/// A fictional three-page decision of "tỉnh Thử Nghiệm" written with PdfPig and DejaVu Serif (for the Vietnamese
/// glyphs): a two-column header, a centred bold title, justified body paragraphs with first-line indents (one cut by a
/// page break), a running head and page numbers on every page, and a two-column signature block.
/// </summary>
internal static class FictionalPdf
{
    public const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    public const string RunningHead = "TỈNH THỬ NGHIỆM - TẬP VĂN BẢN THỬ NGHIỆM";
    public const string Title = "QUYẾT ĐỊNH";
    public const string Subject = "Về việc thử nghiệm đọc văn bản PDF của tỉnh Thử Nghiệm";
    public const string Enacting = "QUYẾT ĐỊNH:";

    public static readonly string[] HeaderLeft = ["ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "Số: 9901/QĐ-UBND"];
    public static readonly string[] HeaderRight = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thử Nghiệm, ngày 15 tháng 3 năm 2099"];
    public static readonly string[] Recipients = ["Nơi nhận:", "- Như Điều 4;", "- Lưu: VT."];
    public static readonly string[] Signature = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thử"];

    /// <summary>The preamble (before "QUYẾT ĐỊNH:") and the articles, as one paragraph each.</summary>
    public static readonly string[] Preamble =
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2099 của tỉnh Thử Nghiệm; căn cứ Quyết định số 9902/QĐ-UBND ngày 01 tháng 02 năm 2099 của Ủy ban nhân dân tỉnh Thử Nghiệm về việc ban hành quy chế thử nghiệm;",
        "Theo đề nghị của Giám đốc Sở Thử Nghiệm tại Tờ trình số 9903/TTr-STN ngày 10 tháng 3 năm 2099.",
    ];

    public static readonly string[] Articles =
    [
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế thử nghiệm đọc văn bản điện tử của tỉnh Thử Nghiệm, gồm các quy định về cách đọc, cách lưu giữ, cách tra cứu và cách trích dẫn văn bản trên địa bàn tỉnh.",
        "Điều 2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố thuộc tỉnh Thử Nghiệm có trách nhiệm tổ chức thực hiện Quy chế này; bảo đảm mỗi văn bản được lưu giữ đầy đủ, đúng thứ tự, không bị cắt đoạn giữa các trang; báo cáo kết quả thực hiện về Sở Thử Nghiệm trước ngày 30 tháng 11 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.",
        "Điều 3. Sở Thử Nghiệm chủ trì, phối hợp với các cơ quan, đơn vị có liên quan hướng dẫn, kiểm tra việc thực hiện Quy chế; tổng hợp khó khăn, vướng mắc phát sinh trong quá trình thực hiện, kịp thời đề xuất Ủy ban nhân dân tỉnh sửa đổi, bổ sung cho phù hợp với tình hình thực tế của địa phương.",
        "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thử Nghiệm và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ];

    /// <summary>The article cut by the page break between pages 1 and 2.</summary>
    public static string CutArticle => Articles[1];

    /// <summary>Null when the fonts are there; else why the tests that need them are skipped.</summary>
    public static string? MissingFonts =>
        File.Exists(Path.Combine(FontFolder, "DejaVuSerif.ttf")) && File.Exists(Path.Combine(FontFolder, "DejaVuSerif-Bold.ttf"))
            ? null
            : $"DejaVu Serif fonts not found at {FontFolder} (Debian package fonts-dejavu-core)";

    /// <summary>The PDF, and the text of page 1 in reading order without running head and page number.</summary>
    public static (byte[] Pdf, string FirstPageText) Build()
    {
        using var builder = new PdfDocumentBuilder();
        var writer = new PageWriter(
            builder,
            builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(FontFolder, "DejaVuSerif.ttf"))),
            builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(FontFolder, "DejaVuSerif-Bold.ttf"))));

        writer.NewPage();
        for (var i = 0; i < HeaderLeft.Length; i++)
        {
            writer.Centred(HeaderLeft[i], 150, 80 + (i * 15), bold: i < 2, size: 11);
        }

        for (var i = 0; i < HeaderRight.Length; i++)
        {
            writer.Centred(HeaderRight[i], 395, 80 + (i * 15), bold: i < 2, size: 11);
        }

        writer.Y = 150;
        writer.Centred(Title, 297.5, writer.Y, bold: true, size: 14);
        writer.Centred(Subject, 297.5, writer.Y + 18, bold: true, size: 12);
        writer.Y += 50;
        writer.Paragraph(Preamble[0]);
        writer.Paragraph(Preamble[1]);
        writer.Centred(Enacting, 297.5, writer.Y + 4, bold: true, size: 12);
        writer.Y += 26;
        writer.Paragraph(Articles[0]);
        writer.Paragraph(Articles[1], breakAfterLines: 3);
        writer.Paragraph(Articles[2]);
        writer.NewPage();
        writer.Paragraph(Articles[3]);
        WriteSignature(writer);
        return (builder.Build(), writer.FirstPageText);
    }

    private static void WriteSignature(PageWriter writer)
    {
        var top = writer.Y + 20;
        for (var i = 0; i < Recipients.Length; i++)
        {
            writer.Left(Recipients[i], 70, top + (i * 14), bold: i == 0, size: 10);
        }

        // The right column after the left one, as a reader must give them back.
        writer.Centred(Signature[0], 400, top, bold: true, size: 12);
        writer.Centred(Signature[1], 400, top + 16, bold: true, size: 12);
        writer.Centred(Signature[2], 400, top + 80, bold: true, size: 12);
    }

    /// <summary>Writes lines in top-down coordinates; pages get the running head and their number.</summary>
    private sealed class PageWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont boldFont)
    {
        private const double PageHeight = 842;
        private const double MarginLeft = 70;
        private const double MarginRight = 525;
        private const double BodySize = 12;
        private const double Pitch = 17;
        private const double Indent = 28;

        private readonly System.Text.StringBuilder _firstPage = new();
        private PdfPageBuilder? _page;
        private int _number;

        public double Y { get; set; }

        public string FirstPageText => _firstPage.ToString();

        public void NewPage()
        {
            _page = builder.AddPage(PageSize.A4);
            _number++;
            Place(RunningHead, 297.5 - (Width(RunningHead, regular, 9) / 2), 40, regular, 9, record: false);
            var number = _number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Place(number, 297.5 - (Width(number, regular, 10) / 2), 810, regular, 10, record: false);
            Y = 80;
        }

        public void Centred(string text, double centre, double y, bool bold, double size)
        {
            var font = bold ? boldFont : regular;
            Place(text, centre - (Width(text, font, size) / 2), y, font, size);
        }

        public void Left(string text, double x, double y, bool bold, double size) => Place(text, x, y, bold ? boldFont : regular, size);

        public void Paragraph(string text, int breakAfterLines = int.MaxValue)
        {
            var lines = Wrap(text);
            for (var i = 0; i < lines.Count; i++)
            {
                if (i == breakAfterLines)
                {
                    NewPage();
                }

                var left = i == 0 ? MarginLeft + Indent : MarginLeft;
                Justify(lines[i], left, Y, last: i == lines.Count - 1);
                Y += Pitch;
            }

            Y += 4;
        }

        private List<List<string>> Wrap(string text)
        {
            var lines = new List<List<string>> { new() };
            var width = MarginRight - MarginLeft - Indent;
            var used = 0.0;
            foreach (var word in text.Split(' '))
            {
                var w = Width(word, regular, BodySize);
                var space = lines[^1].Count == 0 ? 0 : Width(" ", regular, BodySize);
                if (used + space + w > width && lines[^1].Count > 0)
                {
                    lines.Add([]);
                    width = MarginRight - MarginLeft;
                    used = 0;
                    space = 0;
                }

                lines[^1].Add(word);
                used += space + w;
            }

            return lines;
        }

        private void Justify(List<string> words, double left, double y, bool last)
        {
            var widths = words.Select(w => Width(w, regular, BodySize)).ToList();
            var gap = last || words.Count == 1
                ? Width(" ", regular, BodySize)
                : (MarginRight - left - widths.Sum()) / (words.Count - 1);
            var x = left;
            for (var i = 0; i < words.Count; i++)
            {
                Place(words[i], x, y, regular, BodySize);
                x += widths[i] + gap;
            }
        }

        private void Place(string text, double x, double y, PdfDocumentBuilder.AddedFont font, double size, bool record = true)
        {
            _page!.AddText(text, size, new PdfPoint(x, PageHeight - y), font);
            if (record && _number == 1)
            {
                _firstPage.Append(text).Append(' ');
            }
        }

        private double Width(string text, PdfDocumentBuilder.AddedFont font, double size)
        {
            var letters = _page!.MeasureText(text, size, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }
    }
}
