using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace HauGiang.LegalKb.Web.Security;

/// <summary>
/// A connection's output: while the application answers a request, bytes go straight through; between requests
/// (where only Kestrel writes, and only to refuse a request) they are held until flushed, and an error answer's head
/// that lacks the security headers gets them before it goes out.
/// </summary>
/// <remarks>
/// HTTP/1.1 answers on a connection are strictly sequential, and Kestrel writes and flushes an answer before it runs
/// the request's completion callbacks, so "between requests" is exact: from <see cref="ApplicationAnswered"/> to the
/// next <see cref="ApplicationAnswering"/>. No framing has to be parsed, which keeps HEAD answers (a length, no body)
/// and chunked bodies out of the question.
/// </remarks>
internal sealed class RefusalHeadersWriter(PipeWriter inner) : PipeWriter
{
    private static readonly byte[] s_headerLines = Encoding.ASCII.GetBytes(
        string.Concat(SecurityHeaders.All.Select(h => $"\r\n{h.Name}: {h.Value}")));

    private ArrayBufferWriter<byte>? _held;
    private volatile bool _applicationAnswering;
    private bool _holding;

    /// <summary>
    /// The application has a request: write through (once anything still held has gone out with the next flush; it is
    /// not written here, where Kestrel may be flushing the transport).
    /// </summary>
    public void ApplicationAnswering() => _applicationAnswering = true;

    /// <summary>The application's answer is written: hold what comes next until it is flushed.</summary>
    public void ApplicationAnswered() => _applicationAnswering = false;

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        _holding = !_applicationAnswering || _held is { WrittenCount: > 0 };
        return _holding ? (_held ??= new ArrayBufferWriter<byte>(256)).GetMemory(sizeHint) : inner.GetMemory(sizeHint);
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        if (_holding)
        {
            _held!.Advance(bytes);
        }
        else
        {
            inner.Advance(bytes);
        }
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        Release();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return inner.CompleteAsync(exception);
    }

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_held?.WrittenCount ?? 0);

    // Passes what was held on, with the headers added to a refusal's head.
    private void Release()
    {
        if (_held is not { WrittenCount: > 0 } held)
        {
            return;
        }

        var bytes = held.WrittenSpan;
        var end = HeadEnd(bytes);
        if (end > 0)
        {
            inner.Write(bytes[..end]);
            inner.Write(s_headerLines);
            inner.Write(bytes[end..]);
        }
        else
        {
            inner.Write(bytes);
        }

        held.ResetWrittenCount();
    }

    // Where the head ends ("\r\n\r\n") when the bytes are an error answer without the headers; else -1.
    private static int HeadEnd(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes.StartsWith("HTTP/1.1 "u8) || bytes[9] is not ((byte)'4' or (byte)'5'))
        {
            return -1;
        }

        var end = bytes.IndexOf("\r\n\r\n"u8);
        return end > 0 && !Encoding.Latin1.GetString(bytes[..end]).Contains("\r\nContent-Security-Policy:", StringComparison.OrdinalIgnoreCase)
            ? end
            : -1;
    }
}
