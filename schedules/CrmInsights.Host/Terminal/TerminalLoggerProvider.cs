using System.Globalization;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CrmInsights.Host.Terminal;

/// <summary>
/// Console logging for a person at a terminal: the simple console logger's single-line layout
/// (<c>HH:mm:ss info: Category[EventId] message</c>), written through <see cref="TerminalOutput"/> so it never tears a
/// live display; below Warning it is held back while <see cref="TerminalOutput.InformationHeld"/>.
/// </summary>
[ProviderAlias("Console")]
internal sealed class TerminalLoggerProvider(TimeProvider time) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TerminalLogger(categoryName, time);

    public void Dispose()
    {
    }

    private sealed class TerminalLogger(string category, TimeProvider time) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || (logLevel < LogLevel.Warning && TerminalOutput.InformationHeld))
            {
                return;
            }

            var (label, style) = Label(logLevel);
            var stamp = time.GetLocalNow().ToString("HH:mm:ss ", CultureInfo.InvariantCulture);
            var message = formatter(state, exception);
            var rest = string.Create(CultureInfo.InvariantCulture, $": {category}[{eventId.Id}] {message}");
            if (exception is not null)
            {
                rest += Environment.NewLine + exception;
            }
            TerminalOutput.WriteLine((stamp, null), (label, style), (rest, null));
        }

        private static (string Label, Style Style) Label(LogLevel level) => level switch
        {
            LogLevel.Trace => ("trce", new Style(Color.Grey)),
            LogLevel.Debug => ("dbug", new Style(Color.Grey)),
            LogLevel.Information => ("info", new Style(Color.Green)),
            LogLevel.Warning => ("warn", new Style(Color.Yellow)),
            LogLevel.Error => ("fail", new Style(Color.White, Color.Maroon)),
            _ => ("crit", new Style(Color.White, Color.Red)),
        };
    }
}
