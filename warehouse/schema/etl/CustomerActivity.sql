CREATE VIEW etl.CustomerActivity
AS
SELECT o.CustomerId, d.MonthIndex
FROM mart.OrderSummary AS o
INNER JOIN dim.Date AS d ON d.DateKey = o.DateKey
WHERE o.CustomerId IS NOT NULL
UNION ALL
SELECT c.CustomerId, d.MonthIndex
FROM fact.SurveyResponse AS r
INNER JOIN dim.Customer AS c ON c.CustomerKey = r.CustomerKey
INNER JOIN dim.Date AS d ON d.DateKey = r.DateKey
WHERE r.CustomerKey <> -1
UNION ALL
SELECT c.CustomerId, d.MonthIndex
FROM fact.WebSession AS w
INNER JOIN dim.Customer AS c ON c.CustomerKey = w.CustomerKey
INNER JOIN dim.Date AS d ON d.DateKey = w.DateKey
WHERE w.CustomerKey <> -1
UNION ALL
SELECT c.CustomerId, d.MonthIndex
FROM fact.EmailEvent AS e
INNER JOIN dim.Customer AS c ON c.CustomerKey = e.CustomerKey
INNER JOIN dim.Date AS d ON d.DateKey = e.DateKey
WHERE e.CustomerKey <> -1
UNION ALL
SELECT c.CustomerId, d.MonthIndex
FROM dim.Customer AS c
INNER JOIN dim.Date AS d ON d.DateKey = c.SignupDateKey
WHERE c.CustomerKey <> -1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'One row per identified customer and month with an activity the snapshot starts from: a purchase or return, a survey response, a web session, an email event, or the signup date of any version. A customer''s first snapshot month is the first reporting month on or after the earliest of these (etl.CustomerMonthSource); the derive step reads it again to find which customers a customers file moved.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerActivity';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Durable customer id.',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerActivity',
    @level2type = N'COLUMN', @level2name = N'CustomerId';
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Month of the activity as dim.Date.MonthIndex (CalendarYear * 12 + CalendarMonth - 1).',
    @level0type = N'SCHEMA', @level0name = N'etl', @level1type = N'VIEW', @level1name = N'CustomerActivity',
    @level2type = N'COLUMN', @level2name = N'MonthIndex';
GO
