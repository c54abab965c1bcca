namespace HauGiang.LegalKb.Core.Reading.Word;

/// <summary>
/// Where the reader stands in Word's complex fields (w:fldChar begin … separate … end): the field code between
/// begin and separate ("HYPERLINK …", "PAGE") is not text; the result after separate is. Fields nest and may span
/// paragraphs, so the state lives for the whole document.
/// </summary>
internal sealed class FieldState
{
    // Deeper nesting is not Word's; the stack stops growing so a hostile file cannot grow it without bound.
    private const int MaxNesting = 64;

    // One entry per open field: true while its code is being read.
    private readonly Stack<bool> _open = new();
    private int _inCode;

    /// <summary>True while inside the code of some open field.</summary>
    public bool InInstruction => _inCode > 0;

    /// <summary>Applies one w:fldChar (its w:fldCharType: "begin", "separate" or "end").</summary>
    public void Mark(string? type)
    {
        switch (type)
        {
            case "begin" when _open.Count < MaxNesting:
                _open.Push(true);
                _inCode++;
                break;
            case "separate" when _open.Count > 0 && _open.Peek():
                _open.Pop();
                _open.Push(false);
                _inCode--;
                break;
            case "end" when _open.Count > 0:
                if (_open.Pop())
                {
                    _inCode--;
                }

                break;
        }
    }
}
