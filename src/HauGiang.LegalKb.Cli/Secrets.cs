using System.Text;

namespace HauGiang.LegalKb.Cli;

/// <summary>Reading a password: never echoed at a terminal, one line of standard input otherwise (scripts, pipes).</summary>
internal static class Secrets
{
    /// <summary>Reads from the process's console.</summary>
    public static string? FromConsole(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
