"""pagoPA payments at the totem: notice parsing, the payment journal and the payment flow.

Qt-free. The UI calls :class:`~spaziocitta.kiosk.payments.flow.PaymentFlow`;
see ``docs`` in each module for the states and the error keys it reports.
Importing this package imports nothing heavy: each module is imported where
it is used.
"""
