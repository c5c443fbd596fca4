"""A TLS certificate for one host, issued and renewed by cert-manager into a Secret."""

from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._crds.certmanager.io import cert_manager
from ._names import check_dns_label


def tls_certificate(scope: Construct, id: str, *, secret_name: str, host: str, issuer: str, namespace: str) -> cert_manager.Certificate:
    """A ``Certificate`` whose key pair cert-manager writes to ``secret_name``; both edge
    renderings reference that Secret, so the certificate survives a switch between them."""
    check_dns_label(secret_name, "TLS secret name")
    return cert_manager.Certificate(
        scope,
        id,
        metadata=ApiObjectMetadata(name=secret_name, namespace=namespace),
        spec=cert_manager.CertificateSpec(
            secret_name=secret_name,
            dns_names=[host],
            issuer_ref=cert_manager.CertificateSpecIssuerRef(name=issuer, kind="ClusterIssuer", group="cert-manager.io"),
        ),
    )
