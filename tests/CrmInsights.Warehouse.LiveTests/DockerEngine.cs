using System.Net.Sockets;

namespace CrmInsights.Warehouse.LiveTests;

/// <summary>Finds out whether a Docker engine answers here (DOCKER_HOST, else /var/run/docker.sock).</summary>
public static class DockerEngine
{
    /// <summary>Null when an engine accepts connections; otherwise why not.</summary>
    public static string? Unavailable()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(host) && host.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
        {
            var uri = new Uri(host);
            using var client = new TcpClient();
            try
            {
                if (!client.ConnectAsync(uri.Host, uri.Port).Wait(TimeSpan.FromSeconds(2)))
                {
                    return $"DOCKER_HOST {host} did not answer within 2 s";
                }
            }
            catch (AggregateException ex) when (ex.InnerException is SocketException socket)
            {
                return $"DOCKER_HOST {host} refused the connection ({socket.SocketErrorCode})";
            }

            return null;
        }

        var path = !string.IsNullOrWhiteSpace(host) && host.StartsWith("unix://", StringComparison.OrdinalIgnoreCase) ? host["unix://".Length..] : "/var/run/docker.sock";
        if (!File.Exists(path))
        {
            return $"no Docker engine: {path} does not exist";
        }

        using var socketClient = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socketClient.Connect(new UnixDomainSocketEndPoint(path));
            return null;
        }
        catch (SocketException ex)
        {
            return $"no Docker engine: cannot connect to {path} ({ex.SocketErrorCode})";
        }
    }
}
