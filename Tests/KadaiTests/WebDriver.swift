import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Just enough W3C WebDriver to drive headless Chromium through Debian's `chromedriver` on
/// loopback: a session, navigation, elements by CSS, typing and clicking, the current address and
/// source, a script's answer, the window's size and a screenshot. One chromedriver a session; both
/// end with `quit()`, or are killed when this goes away.
final class WebDriver {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// An element of the page, by the id the driver gave it.
    struct Element {
        let id: String
    }

    private let driver: ChildProcess
    let port: UInt16
    private(set) var session = ""

    /// Starts chromedriver on a free port and a headless Chromium under it; `profile` is a folder
    /// of its own for the browser's profile.
    init(chromedriver: URL, chromium: URL, profile: String, width: Int, height: Int) throws {
        driver = try ChildProcess(chromedriver, ["--port=0"])
        let marker = "started successfully on port "
        guard let line = driver.waitForLine(timeout: 30, where: { $0.contains(marker) }),
              let port = UInt16(driver.lines[line].components(separatedBy: marker)[1].prefix { $0.isNumber }) else {
            driver.send(SIGKILL)
            throw Failure(description: "chromedriver did not start:\n\(driver.finish(timeout: 10))")
        }
        self.port = port
        let arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                         "--hide-scrollbars", "--no-proxy-server", "--user-data-dir=\(profile)", "--window-size=\(width),\(height)"]
        let capabilities: [String: Any] = ["alwaysMatch": ["browserName": "chrome",
                                                           "goog:chromeOptions": ["binary": chromium.path, "args": arguments]]]
        let created = try command("POST", "/session", ["capabilities": capabilities])
        guard let id = (created as? [String: Any])?["sessionId"] as? String else { throw Failure(description: "no session in \(String(describing: created))") }
        session = id
    }

    deinit {
        if !driver.hasExited {
            driver.send(SIGKILL)
            _ = driver.finish(timeout: 10)
        }
    }

    /// Ends the browser and then the driver (a second time does nothing).
    func quit() {
        guard !driver.hasExited else { return }
        if !session.isEmpty { _ = try? command("DELETE", "/session/\(session)") }
        session = ""
        // chromedriver ends at its own /shutdown; after a SIGTERM it was still running 30 s later.
        _ = try? RawClient.exchange(port: port, "GET", "/shutdown", timeout: .seconds(10))
        _ = driver.finish(timeout: 30)
    }

    func navigate(to url: String) throws { try command("POST", "/session/\(session)/url", ["url": url]) }

    func currentURL() throws -> String { try string(command("GET", "/session/\(session)/url")) }

    func source() throws -> String { try string(command("GET", "/session/\(session)/source")) }

    /// The first element the CSS selector matches; a failure when none does.
    func find(_ css: String) throws -> Element {
        try element(command("POST", "/session/\(session)/element", ["using": "css selector", "value": css]))
    }

    /// Every element the CSS selector matches, in document order.
    func findAll(_ css: String) throws -> [Element] {
        guard let found = try command("POST", "/session/\(session)/elements", ["using": "css selector", "value": css]) as? [Any] else { return [] }
        return try found.map(element)
    }

    func type(_ text: String, into element: Element) throws {
        try command("POST", "/session/\(session)/element/\(element.id)/value", ["text": text])
    }

    func clear(_ element: Element) throws { try command("POST", "/session/\(session)/element/\(element.id)/clear", [:]) }

    func click(_ element: Element) throws { try command("POST", "/session/\(session)/element/\(element.id)/click", [:]) }

    /// Clicks a link or a form's button and waits for the page it leads to: the driver may answer
    /// a click before a form's POST and its redirect are done, so this waits until the page the
    /// click was on is gone (its root element stale) and the new one is loaded.
    func clickToNewPage(_ element: Element, timeout: Duration = .seconds(30)) throws {
        let old = try find("html")
        try click(element)
        let clock = ContinuousClock(), deadline = clock.now + timeout
        while (try? property("tagName", of: old)) != nil || (try? script("return document.readyState")) as? String != "complete" {
            guard clock.now < deadline else { throw Failure(description: "no new page within \(timeout) of the click") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// A property of an element as the page has it now (an input's `value`, say).
    func property(_ name: String, of element: Element) throws -> String {
        try string(command("GET", "/session/\(session)/element/\(element.id)/property/\(name)"))
    }

    /// Runs a script in the page (the driver's, not subject to the page's Content-Security-Policy).
    func script(_ source: String) throws -> Any? {
        try command("POST", "/session/\(session)/execute/sync", ["script": source, "args": [Any]()])
    }

    func setWindowSize(width: Int, height: Int) throws {
        try command("POST", "/session/\(session)/window/rect", ["width": width, "height": height])
    }

    /// The visible part of the page as PNG bytes.
    func screenshot() throws -> Data {
        guard let png = Data(base64Encoded: try string(command("GET", "/session/\(session)/screenshot"))) else {
            throw Failure(description: "the screenshot is not base64")
        }
        return png
    }

    // MARK: The wire

    private func string(_ value: Any?) throws -> String {
        guard let text = value as? String else { throw Failure(description: "expected a string, got \(String(describing: value))") }
        return text
    }

    private func element(_ value: Any?) throws -> Element {
        guard let id = (value as? [String: Any])?["element-6066-11e4-a52e-4f735466cecf"] as? String else {
            throw Failure(description: "expected an element, got \(String(describing: value))")
        }
        return Element(id: id)
    }

    /// One command: JSON out, the `value` of the JSON answer back; a WebDriver error is thrown
    /// with its name and message.
    @discardableResult
    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        let bytes = try body.map { Array(try JSONSerialization.data(withJSONObject: $0)) } ?? []
        let response = try RawClient.exchange(port: port, method, path, headers: body == nil ? [] : [("Content-Type", "application/json")],
                                              body: bytes, timeout: .seconds(90))
        let answer = try JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed]) as? [String: Any]
        let value = answer?["value"]
        if response.status != 200 || (value as? [String: Any])?["error"] != nil {
            let error = value as? [String: Any]
            throw Failure(description: "\(method) \(path): \(response.status) \(error?["error"] ?? "") \(error?["message"] ?? response.text.prefix(500))")
        }
        return value is NSNull ? nil : value
    }
}
