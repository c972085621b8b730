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
using SmtpServer.Mail;
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

    /// <summary>An SMTP server on a free loopback port, counting the connections (sessions) it was given.</summary>
    private sealed class LoopbackSmtpServer : IAsyncDisposable
    {
        private readonly SmtpServer.SmtpServer _server;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _running;
        private int _sessions;

        /// <param name="refuse">A recipient the server refuses (as for an unknown mailbox).</param>
        public LoopbackSmtpServer(string? refuse = null)
        {
            Port = FreePort();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(Inbox);
            services.Add(new DelegatingMailboxFilter((IMailbox to, IMailbox _) => $"{to.User}@{to.Host}" != refuse));
            _server = new SmtpServer.SmtpServer(
                new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build(),
                services);
            _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
            _running = _server.StartAsync(_stop.Token);
        }

        public int Port { get; }

        public Inbox Inbox { get; } = new();

        public int Sessions => Volatile.Read(ref _sessions);

        public SmtpEmailSender Sender(string siteName = "Limber")
        {
            var email = Options.Create(new EmailOptions
            {
                FromAddress = "hello@limber.example",
                Smtp = new() { Host = "127.0.0.1", Port = Port, Security = "None" },
            });
            return new SmtpEmailSender(email, new MimeMessages(email, Options.Create(new LimberOptions { SiteName = siteName })),
                NullLogger<SmtpEmailSender>.Instance);
        }

        public async ValueTask DisposeAsync()
        {
            _server.Shutdown();
            await _server.ShutdownTask;
            await _stop.CancelAsync();
            await _running;
            _stop.Dispose();
        }
    }

    [Fact]
    public async Task Send_DeliversTextAndHtmlFromTheSiteName()
    {
        await using var server = new LoopbackSmtpServer();

        await server.Sender("Maya Moves").SendAsync(
            new EmailMessage("reader@example.com", "Reader", "Confirm your email", "Plain 💪 text", "<p>HTML 💪 text</p>"),
            TestContext.Current.CancellationToken);

        var message = Assert.Single(server.Inbox.Messages);
        Assert.Equal("Confirm your email", message.Subject);
        Assert.Equal("Maya Moves", message.From.Mailboxes.Single().Name);
        Assert.Equal("hello@limber.example", message.From.Mailboxes.Single().Address);
        Assert.Equal("reader@example.com", message.To.Mailboxes.Single().Address);
        Assert.Contains("Plain 💪 text", message.TextBody);
        Assert.Contains("<p>HTML 💪 text</p>", message.HtmlBody);
    }

    [Fact]
    public async Task Batch_SendsEveryMessageOverOneConnection()
    {
        await using var server = new LoopbackSmtpServer();

        await using (var batch = server.Sender().StartBatch())
        {
            for (var i = 0; i < 3; i++)
            {
                await batch.SendAsync(new EmailMessage($"reader{i}@example.com", "Reader", $"Reply {i}", "text", "<p>html</p>"),
                    TestContext.Current.CancellationToken);
            }
        }

        Assert.Equal(["reader0@example.com", "reader1@example.com", "reader2@example.com"],
            server.Inbox.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(1, server.Sessions);
    }

    [Fact]
    public async Task Batch_AfterARefusedMessage_GoesOnWithTheNextOverANewConnection()
    {
        await using var server = new LoopbackSmtpServer(refuse: "nobody@example.com");
        var cancellationToken = TestContext.Current.CancellationToken;
        static EmailMessage To(string address) => new(address, "Reader", "Reply", "text", "<p>html</p>");

        await using (var batch = server.Sender().StartBatch())
        {
            await batch.SendAsync(To("reader0@example.com"), cancellationToken);
            await Assert.ThrowsAsync<MailKit.Net.Smtp.SmtpCommandException>(() => batch.SendAsync(To("nobody@example.com"), cancellationToken));
            await batch.SendAsync(To("reader1@example.com"), cancellationToken);
        }

        Assert.Equal(["reader0@example.com", "reader1@example.com"], server.Inbox.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(2, server.Sessions);
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
