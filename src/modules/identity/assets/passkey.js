// Passkey ceremonies (WebAuthn) for Stadhuis. Served from our own origin (CSP script-src 'self').
// The page holds a <div data-passkey="register|login" data-options=… data-verify=… data-csrf=…>
// with a button and a status region; without JavaScript or WebAuthn the page says so.
(function () {
  'use strict';
  var root = document.querySelector('[data-passkey]');
  if (!root) return;
  var button = root.querySelector('[data-passkey-start]');
  var status = root.querySelector('[data-passkey-status]');
  var nameField = document.getElementById('naam');
  var mode = root.getAttribute('data-passkey');

  function show(message, isError) {
    status.hidden = false;
    status.className = 'utrecht-alert ' + (isError ? 'utrecht-alert--error' : 'utrecht-alert--info');
    status.textContent = message;
  }
  function fromB64url(value) {
    var b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) b64 += '=';
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes.buffer;
  }
  function toB64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var bin = '';
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function post(url, body) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': root.getAttribute('data-csrf') },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) throw { serverMessage: data.message || root.getAttribute('data-msg-failed') };
        return data;
      });
    });
  }

  if (!window.PublicKeyCredential || !navigator.credentials) {
    show(root.getAttribute('data-msg-unsupported'), true);
    return;
  }
  var noJs = document.querySelector('[data-passkey-nojs]');
  if (noJs) noJs.hidden = true;
  button.hidden = false;
  button.disabled = false;

  button.addEventListener('click', function () {
    button.disabled = true;
    show(root.getAttribute('data-msg-busy'), false);
    var name = nameField ? nameField.value : '';
    post(root.getAttribute('data-options'), {}).then(function (options) {
      if (mode === 'register') {
        var pk = Object.assign({}, options, {
          challenge: fromB64url(options.challenge),
          user: Object.assign({}, options.user, { id: fromB64url(options.user.id) }),
          excludeCredentials: (options.excludeCredentials || []).map(function (c) { return Object.assign({}, c, { id: fromB64url(c.id) }); }),
        });
        return navigator.credentials.create({ publicKey: pk }).then(function (cred) {
          return post(root.getAttribute('data-verify'), {
            name: name,
            response: {
              id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
              clientExtensionResults: cred.getClientExtensionResults(),
              authenticatorAttachment: cred.authenticatorAttachment || undefined,
              response: {
                clientDataJSON: toB64url(cred.response.clientDataJSON),
                attestationObject: toB64url(cred.response.attestationObject),
                transports: cred.response.getTransports ? cred.response.getTransports() : [],
              },
            },
          });
        });
      }
      var req = Object.assign({}, options, {
        challenge: fromB64url(options.challenge),
        allowCredentials: (options.allowCredentials || []).map(function (c) { return Object.assign({}, c, { id: fromB64url(c.id) }); }),
      });
      return navigator.credentials.get({ publicKey: req }).then(function (cred) {
        return post(root.getAttribute('data-verify'), {
          response: {
            id: cred.id, rawId: toB64url(cred.rawId), type: cred.type,
            clientExtensionResults: cred.getClientExtensionResults(),
            authenticatorAttachment: cred.authenticatorAttachment || undefined,
            response: {
              clientDataJSON: toB64url(cred.response.clientDataJSON),
              authenticatorData: toB64url(cred.response.authenticatorData),
              signature: toB64url(cred.response.signature),
              userHandle: cred.response.userHandle ? toB64url(cred.response.userHandle) : undefined,
            },
          },
        });
      });
    }).then(function (result) {
      window.location.assign(result.redirect);
    }).catch(function (error) {
      button.disabled = false;
      var cancelled = error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
      show(cancelled ? root.getAttribute('data-msg-cancelled') : (error && error.serverMessage) || root.getAttribute('data-msg-failed'), true);
    });
  });
})();
