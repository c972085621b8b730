using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Limber.Infrastructure;
using Limber.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Storage;

namespace Limber.IntegrationTests.Email;

/// <summary>The real MailKit path, against an SMTP server running in this process on a loopback port.</summary>
public sealed class SmtpEmailSenderTests
{
    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Send_DeliversTextAndHtmlFromTheSiteName()
    {
        var port = FreePort();
        var inbox = new Inbox();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(inbox);
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(),
            services);
        using var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        try
        {
            var email = Options.Create(new EmailOptions
            {
                FromAddress = "hello@limber.example",
                Smtp = new() { Host = "127.0.0.1", Port = port, Security = "None" },
            });
            var site = Options.Create(new LimberOptions { SiteName = "Maya Moves" });
            var sender = new SmtpEmailSender(email, new MimeMessages(email, site), NullLogger<SmtpEmailSender>.Instance);

            await sender.SendAsync(new EmailMessage("reader@example.com", "Reader", "Confirm your email", "Plain 💪 text", "<p>HTML 💪 text</p>"),
                TestContext.Current.CancellationToken);

            var message = Assert.Single(inbox.Messages);
            Assert.Equal("Confirm your email", message.Subject);
            Assert.Equal("Maya Moves", message.From.Mailboxes.Single().Name);
            Assert.Equal("hello@limber.example", message.From.Mailboxes.Single().Address);
            Assert.Equal("reader@example.com", message.To.Mailboxes.Single().Address);
            Assert.Contains("Plain 💪 text", message.TextBody);
            Assert.Contains("<p>HTML 💪 text</p>", message.HtmlBody);
        }
        finally
        {
            server.Shutdown();
            await server.ShutdownTask;
            await stop.CancelAsync();
            await running;
        }
    }

    [Fact]
    public async Task Send_ServerNotThere_Throws()
    {
        var email = Options.Create(new EmailOptions { Smtp = new() { Host = "127.0.0.1", Port = FreePort(), Security = "None" } });
        var sender = new SmtpEmailSender(email, new MimeMessages(email, Options.Create(new LimberOptions())), NullLogger<SmtpEmailSender>.Instance);

        await Assert.ThrowsAnyAsync<SocketException>(() =>
            sender.SendAsync(new EmailMessage("a@example.com", "A", "S", "t", "<p>t</p>"), TestContext.Current.CancellationToken));
    }
}
