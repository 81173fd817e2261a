using ClosedXML.Excel;

namespace CrmInsights.Reports.Workbooks;

/// <summary>A column of a typed Excel table: header, width and how to write one row's cell.</summary>
internal sealed record TableColumn<T>(string Header, double Width, Action<IXLCell, T> Write);
