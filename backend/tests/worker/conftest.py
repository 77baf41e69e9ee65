from tests.worker.servers import make_worker, receiver, smtp_server

__all__ = ["make_worker", "receiver", "smtp_server"]
