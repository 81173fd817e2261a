// One temp-folder helper for every test project (tests/Shared/TempDirectory.cs); this project keeps its old name for it.
global using TempDir = CrmInsights.TestSupport.TempDirectory;
