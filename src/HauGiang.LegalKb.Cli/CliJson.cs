using System.Text.Json;
using HauGiang.LegalKb.Search.Application;

namespace HauGiang.LegalKb.Cli;

/// <summary>The JSON the CLI prints: camelCase, indented, Vietnamese letters unescaped.</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions s_options = ContractJson.Cli(indented: true);

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, s_options));
}
