namespace HauGiang.LegalKb.Core.Text;

/// <summary>The six Vietnamese tones (thanh điệu), by the mark that writes them.</summary>
internal enum Tone
{
    /// <summary>Thanh ngang: no mark.</summary>
    Level = 0,

    /// <summary>Thanh huyền: grave accent (à).</summary>
    Grave = 1,

    /// <summary>Thanh sắc: acute accent (á).</summary>
    Acute = 2,

    /// <summary>Thanh hỏi: hook above (ả).</summary>
    Hook = 3,

    /// <summary>Thanh ngã: tilde (ã).</summary>
    Tilde = 4,

    /// <summary>Thanh nặng: dot below (ạ).</summary>
    Dot = 5,
}
