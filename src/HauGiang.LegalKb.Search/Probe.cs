namespace HauGiang.LegalKb.Search; internal static class Probe { }
